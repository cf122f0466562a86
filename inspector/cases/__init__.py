"""Wage-arrears cases (欠薪案件): services, legal clocks, thresholds, import, figures."""


def _register_rights() -> None:
    """Cases live with the office; a laptop may keep its own local case records (they do not
    travel in bundles yet, so the field side is local only)."""
    from inspector.rights import OWN, Right, TableRights, register

    own_work = Right(create=True, edit=OWN, tombstone=OWN)
    for table, label in (
        ("campaign", "专项行动"), ("wage_case", "欠薪案件"), ("case_party", "案件当事人"),
        ("arrears_worker", "劳动者"), ("case_worker", "案件劳动者"), ("case_inspector", "承办人"),
        ("case_step", "办案步骤"), ("case_payment", "追回工资"), ("case_referral", "移送"),
        ("case_link", "案件关联"), ("clearance_target", "清欠目标"),
    ):
        register(TableRights(table, label, field=own_work, local_only=True))


_register_rights()
