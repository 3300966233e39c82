package vn.ocop.inspection;

import org.jspecify.annotations.Nullable;

/** A checklist item of an inspection: its outcome once recorded. */
public record CheckView(ChecklistItem item, @Nullable CheckResult result, @Nullable String note) {
}
