package vn.ocop.reporting;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderRuns extends JpaRepository<ReminderRun, ReminderRun.Key> {
}
