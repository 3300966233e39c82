package vn.ocop.monitoring;

import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface RosterProducts extends JpaRepository<RosterProduct, UUID> {
}
