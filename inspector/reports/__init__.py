"""Office outputs: ledgers (台账) as Excel/CSV, figures, the periodic summary."""
