"""The checklist form of one inspection: answers autosave, photos attach, finalize validates.

Every change is written at once (a button) or after a short pause (typing), each
as its own operation on the DB worker, so a crash loses at most the last second
of typing. Finalizing asks the core; a refusal lists every missing piece.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from inspector import clock
from inspector.inspections.arrears import Arrears
from inspector.queries.inspections import InspectionForm
from ui import format as fmt
from ui import prefs
from ui.context import AppContext
from ui.operations import cases as case_ops
from ui.operations import inspections as ops
from ui.operations import sites as site_ops
from ui.widgets.campaign_choice import CampaignChoice
from ui.widgets.checklist_item import ChecklistItemWidget
from ui.widgets.common import heading
from ui.widgets.errors import confirm
from ui.widgets.icons import icon

IMAGE_FILTER = "图片或材料 (*.jpg *.jpeg *.png *.heic *.webp *.bmp *.pdf);;所有文件 (*)"


class InspectionFormPage(QWidget):
    finalized = Signal(str)  # inspection id
    draft_orders = Signal(str)  # inspection id

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form: InspectionForm | None = None
        self.items: dict[str, ChecklistItemWidget] = {}
        self._dirty: set[str] = set()
        self._subcontractors: list[tuple[str, str]] = []
        layout = QVBoxLayout(self)
        self._add_header(layout)
        layout.addWidget(self._checklist(), 1)
        layout.addLayout(self._bottom_bar())
        self._start_timers()
        self._category_rows: list[tuple[str, QWidget]] = []
        self._attaching = 0

    def _add_header(self, layout: QVBoxLayout) -> None:
        """Title and state, the target line, then location and notes (autosaved)."""
        head = QHBoxLayout()
        self.title = heading("", size=3)
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.state_label = QLabel()
        head.addWidget(self.state_label)
        layout.addLayout(head)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        layout.addWidget(self.meta)
        loc = QHBoxLayout()
        loc.addWidget(QLabel(self.tr("检查地点：")))
        self.location = QLineEdit()
        loc.addWidget(self.location, 1)
        loc.addWidget(QLabel(self.tr("检查情况：")))
        self.notes = QLineEdit()
        loc.addWidget(self.notes, 2)
        loc.addWidget(QLabel(self.tr("专项行动：")))
        self.campaign = CampaignChoice(self.tr("（无）"))
        # Not part of what the inspectors sign: it stays editable after finalizing.
        self.campaign.activated.connect(lambda _i: self._save_campaign())
        loc.addWidget(self.campaign)
        layout.addLayout(loc)

    def _checklist(self) -> QSplitter:
        """Categories with the progress bar on the left, the items scrolling on the right."""
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setFormat(self.tr("已检查 %v / %m 项"))
        left_layout.addWidget(self.progress)
        self.categories = QListWidget()
        self.categories.currentRowChanged.connect(self._scroll_to_category)
        left_layout.addWidget(self.categories, 1)
        split.addWidget(left)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        split.addWidget(self.scroll_area)
        split.setStretchFactor(1, 4)
        split.setSizes([240, 900])
        return split

    def _bottom_bar(self) -> QHBoxLayout:
        bottom = QHBoxLayout()
        self.save_label = QLabel()
        self.save_label.setStyleSheet("color: #2e7d32;")
        bottom.addWidget(self.save_label, 1)
        self.finalize_button = QPushButton(icon("check"), self.tr("检查定稿 (Ctrl+Enter)"))
        self.finalize_button.setShortcut("Ctrl+Return")
        self.finalize_button.clicked.connect(self.finalize)
        self.order_button = QPushButton(icon("order"), self.tr("起草指令书"))
        self.order_button.clicked.connect(self._ask_for_orders)
        bottom.addWidget(self.finalize_button)
        bottom.addWidget(self.order_button)
        return bottom

    def _ask_for_orders(self) -> None:
        if self.form is not None:
            self.draft_orders.emit(self.form.id)

    def _start_timers(self) -> None:
        """Typing saves after a 700 ms pause: answers through `flush`, the header on its own."""
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(700)
        self._save_timer.timeout.connect(self.flush)
        self._header_timer = QTimer(self)
        self._header_timer.setSingleShot(True)
        self._header_timer.setInterval(700)
        self._header_timer.timeout.connect(self._save_header)
        self.location.textEdited.connect(lambda _t: self._header_timer.start())
        self.notes.textEdited.connect(lambda _t: self._header_timer.start())

    # -- loading ---------------------------------------------------------------------
    def load(self, inspection_id: str) -> None:
        self.flush()
        ops.form(parent=self, inspection_id=inspection_id).success(self._loaded).run_in_background()

    def _loaded(self, form: InspectionForm) -> None:
        if form.site_id:
            site_ops.subcontractors(parent=self, site_id=form.site_id).success(
                lambda subs: self.show_form(form, subs)).run_in_background()
        else:
            self.show_form(form, [])

    def show_form(self, form: InspectionForm, subcontractors: list[tuple[str, str]]) -> None:
        same = self.form is not None and self.form.id == form.id and self.items
        self.form = form
        self._subcontractors = subcontractors
        final = form.status != "draft"
        kind = self.tr("工程项目") if form.target_kind == "site" else self.tr("用人单位")
        self.title.setText(f"{kind}：{form.target_name}")
        self.state_label.setText(fmt.INSPECTION_STATUS_NAMES().get(form.status, form.status))
        names = "、".join(f"{name}（{cred}）" for _i, name, cred in form.inspectors)
        self.meta.setText(self.tr("检查表：%1    检查时间：%2    监察员：%3")
                          .replace("%1", form.template_name)
                          .replace("%2", fmt.fmt_datetime(form.started_at)).replace("%3", names))
        self.location.setText(form.location)
        self.notes.setText(form.notes)
        self.campaign.set_campaigns([], form.campaign)
        case_ops.campaigns(parent=self).success(
            self.campaign.set_campaigns).run_in_background()  # keeps the choice shown
        self.location.setReadOnly(final)
        self.notes.setReadOnly(final)
        self.finalize_button.setEnabled(not final)
        self.order_button.setEnabled(final)
        data_dir = self.ctx.db.data_dir if self.ctx.db is not None else None
        if same and not final and set(self.items) == {i.item_id for i in form.items}:
            for it in form.items:  # keep the widgets (and the typing in them); refresh evidence
                self.items[it.item_id].set_evidence(it.evidence, data_dir)
        else:
            self._build(form, data_dir)
        self._update_progress()

    def _build(self, form: InspectionForm, data_dir: Path | None) -> None:
        container = QWidget()
        column = QVBoxLayout(container)
        self.items.clear()
        self._category_rows = []
        self.categories.blockSignals(True)
        self.categories.clear()
        current = None
        for it in form.items:
            if it.category != current:
                current = it.category
                label = heading(current, size=2)
                column.addWidget(label)
                self._category_rows.append((current, label))
                self.categories.addItem(QListWidgetItem(current))
            w = ChecklistItemWidget(it, subcontractors=self._subcontractors,
                                    read_only=form.status != "draft")
            w.set_evidence(it.evidence, data_dir)
            w.changed.connect(self._item_changed)
            w.attach_requested.connect(self.attach_photos)
            w.arrears_requested.connect(self.save_arrears)
            column.addWidget(w)
            self.items[it.item_id] = w
        column.addStretch(1)
        self.scroll_area.setWidget(container)
        self.categories.blockSignals(False)

    # -- editing -----------------------------------------------------------------------
    def _item_changed(self, item_id: str, now: bool) -> None:
        self._dirty.add(item_id)
        self._update_progress()
        if now:
            self.flush()
        else:
            self._save_timer.start()

    def flush(self) -> None:
        """Save every item edited since the last save (one op per item, in order)."""
        self._save_timer.stop()
        if self.form is None or self.form.status != "draft":
            self._dirty.clear()
            return
        for item_id in sorted(self._dirty):
            w = self.items.get(item_id)
            if w is None:
                continue
            ops.answer(parent=self, inspection_id=self.form.id, item_id=item_id, answer=w.answer,
                       value=w.value, note=w.note_text,
                       responsible_employer_id=w.responsible_id).success(
                lambda _r: self._saved()).run_in_background()
        self._dirty.clear()
        if self._header_timer.isActive():
            self._save_header()

    def save_arrears(self, item_id: str, workers: int, amount: str,
                     list_csv: Path | None) -> None:
        """Record the wage arrears typed on a 拖欠/克扣 item (the core validates)."""
        if self.form is None or self.form.status != "draft":
            return
        ops.record_arrears(parent=self, inspection_id=self.form.id, item_id=item_id,
                           workers=workers, amount=amount, list_csv=list_csv).success(
            lambda entry: self._arrears_saved(item_id, entry)).run_in_background()

    def _arrears_saved(self, item_id: str, entry: Arrears) -> None:
        w = self.items.get(item_id)
        if w is not None and w.arrears is not None:
            w.arrears.show_saved(entry.workers, entry.amount_fen, len(entry.people))
        self._saved()

    def _save_header(self) -> None:
        self._header_timer.stop()
        if self.form is None or self.form.status != "draft":
            return
        ops.update_header(parent=self, inspection_id=self.form.id, location=self.location.text(),
                          notes=self.notes.text()).success(
            lambda _r: self._saved()).run_in_background()

    def _save_campaign(self) -> None:
        if self.form is not None:
            ops.set_campaign(parent=self, inspection_id=self.form.id,
                             code=self.campaign.code()).success(
                lambda _r: self.save_label.setText(self.tr("专项行动已保存"))).run_in_background()

    def _saved(self) -> None:
        self.save_label.setText(self.tr("草稿已自动保存 %1").replace(
            "%1", clock.now().strftime("%H:%M:%S")))

    def _update_progress(self) -> None:
        by_cat: dict[str, list[ChecklistItemWidget]] = {}
        for w in self.items.values():
            by_cat.setdefault(w.item.category, []).append(w)
        total = len(self.items)
        done = sum(1 for w in self.items.values() if w.done)
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        for row, (cat, _label) in enumerate(self._category_rows):
            ws = by_cat.get(cat, [])
            n = sum(1 for w in ws if w.done)
            bad = sum(1 for w in ws if w.answer == "non_compliant")
            text = f"{cat}  {n}/{len(ws)}" + (self.tr("  ⚠%1").replace("%1", str(bad)) if bad else "")
            item = self.categories.item(row)
            if item is not None:
                item.setText(text)
                item.setIcon(icon("check") if n == len(ws) else icon("inspection"))

    def _scroll_to_category(self, row: int) -> None:
        if 0 <= row < len(self._category_rows):
            self.scroll_area.ensureWidgetVisible(self._category_rows[row][1], 0, 0)

    # -- photos ------------------------------------------------------------------------
    def attach_photos(self, item_id: str) -> None:
        if self.form is None:
            return
        start = prefs.get_str("inspection/photo_dir")
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("选择照片"), start, IMAGE_FILTER)
        if not files:
            return
        prefs.put("inspection/photo_dir", str(Path(files[0]).parent))
        self.flush()  # the answer must be saved before its evidence
        self._attaching = len(files)
        for name in files:
            ops.attach(parent=self, inspection_id=self.form.id, path=Path(name),
                       item_id=item_id).success(lambda _id: self._after_attach()).failure(
                lambda exc: self._after_attach(exc)).run_in_background()

    def _after_attach(self, exc: BaseException | None = None) -> None:
        """Called once per file; reloads the evidence after the last one."""
        if exc is not None:
            from ui.widgets.errors import show_error

            show_error(self, exc)
        else:
            self._saved()
        self._attaching -= 1
        if self._attaching <= 0 and self.form is not None:
            self.load(self.form.id)

    # -- finalize -----------------------------------------------------------------------
    def finalize(self) -> None:
        if self.form is None or self.form.status != "draft":
            return
        self.flush()
        self._save_header()
        # Queued after the autosave above (one DB worker), so the check sees every answer;
        # what is missing is shown before the user is asked to confirm, not after.
        inspection_id = self.form.id
        ops.problems(parent=self, inspection_id=inspection_id).success(
            lambda problems: self._confirm_finalize(inspection_id, problems)).run_in_background()

    def _confirm_finalize(self, inspection_id: str, problems: list[str]) -> None:
        if self.form is None or self.form.id != inspection_id:
            return
        if problems:
            self._show_problems(problems)
            return
        if not confirm(self, self.tr("检查定稿"),
                       self.tr("定稿后检查结果、证据和问题都不能再修改。确定定稿吗？")):
            return
        ops.finalize(parent=self, inspection_id=self.form.id).success(
            self._finalized).failure(self._finalize_failed).run_in_background()

    def _finalized(self, finding_ids: list[str]) -> None:
        assert self.form is not None
        inspection_id = self.form.id
        QMessageBox.information(
            self, self.tr("已定稿"),
            self.tr("检查已定稿，发现问题 %1 项。").replace("%1", str(len(finding_ids)))
            + (self.tr("可以起草限期改正指令书。") if finding_ids else ""))
        self.finalized.emit(inspection_id)
        self.load(inspection_id)

    def _finalize_failed(self, exc: BaseException) -> None:
        problems = getattr(exc, "problems", None)
        if not problems:
            from ui.widgets.errors import show_error

            show_error(self, exc)
            return
        self._show_problems(problems)

    def _show_problems(self, problems: list[str]) -> None:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("尚不能定稿"))
        box.setText(self.tr("还有 %1 处需要补充：").replace("%1", str(len(problems))))
        box.setInformativeText("\n".join(f"· {p}" for p in problems))
        box.exec()
        for p in problems:  # jump to the first item named in the list
            code = p.split(" ", 1)[0]
            for w in self.items.values():
                if w.item.code == code:
                    self.scroll_area.ensureWidgetVisible(w)
                    return
