package vn.ocop.reporting;

import vn.ocop.geography.UnitLevel;

/** A unit that compiles its producers' monthly reports for the province: a district until June 2025, then a commune. */
public record ReportingUnit(String code, String name, UnitLevel level) {
}
