package vn.ocop.monitoring;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReminderRuns extends JpaRepository<ReminderRun, ReminderRun.Key> {
}
