-- The monitoring module was split into reporting and inspection (issue 17): events published before the upgrade
-- and not yet delivered name their old classes and listener; they are delivered to the new ones after it.
-- (Only inspection events had listeners before the split, so only they can be waiting.)
update event_publication
   set event_type  = replace(event_type, 'vn.ocop.monitoring.', 'vn.ocop.inspection.'),
       listener_id = replace(replace(listener_id, 'vn.ocop.monitoring.MonitoringNotices', 'vn.ocop.inspection.InspectionNotices'),
                             'vn.ocop.monitoring.', 'vn.ocop.inspection.')
 where completion_date is null
   and (event_type like 'vn.ocop.monitoring.%' or listener_id like 'vn.ocop.monitoring.%');
