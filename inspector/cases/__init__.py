"""Wage-arrears cases (欠薪案件): services, legal clocks, thresholds, import, figures."""

