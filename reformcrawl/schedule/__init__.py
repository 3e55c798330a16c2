"""Scheduled crawls: schedule files, a lease per schedule in the database, one child process per
run, and the APScheduler service that fires them (`reformcrawl schedule run`)."""

from .config import Schedule, ScheduleProblem, ScheduleSet, load_schedules

__all__ = ["Schedule", "ScheduleProblem", "ScheduleSet", "load_schedules"]
