package vn.ocop.kpi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.ocop.planning.TargetMeasures;

/**
 * The indicators' figures on the plan's page: the dashboard's numbers of the year, by code.
 */
@Component
class PlanTargetMeasures implements TargetMeasures {

	private final KpiDashboard dashboard;

	PlanTargetMeasures(KpiDashboard dashboard) {
		this.dashboard = dashboard;
	}

	@Override
	public Map<String, Measured> measured(int year) {
		Map<String, Measured> measured = new LinkedHashMap<>();
		dashboard.kpis(year).forEach(k -> measured.put(k.code(),
				new Measured(k.code(), k.rule(), k.actual(), k.available(), k.progress())));
		return measured;
	}

	@Override
	public List<String> codes() {
		return dashboard.measureCodes();
	}
}
