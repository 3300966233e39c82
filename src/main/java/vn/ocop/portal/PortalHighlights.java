package vn.ocop.portal;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What other modules contribute to the home page and the map: upcoming events (fairs, trainings, councils open to
 * the public) and sales points of OCOP products. The programme module implements it as a bean; until one exists the
 * home page's upcoming-events and sales-points slots render nothing.
 */
public interface PortalHighlights {

	/** Events from today on, soonest first, at most {@code limit}. */
	List<UpcomingEvent> upcomingEvents(LocalDate today, int limit);

	/** Sales points (điểm bán) of OCOP products. */
	List<SalesPoint> salesPoints();

	/** An event of the programme, as the home page lists it. */
	record UpcomingEvent(String title, LocalDate startsOn, @Nullable LocalDate endsOn, @Nullable String place,
			@Nullable String url) {
	}

	/**
	 * A sales point; with coordinates it shows as a marker on the map.
	 *
	 * @param communeCode the commune it lies in, for grouping when there are no coordinates
	 */
	record SalesPoint(String name, @Nullable String address, @Nullable String communeCode, @Nullable Double latitude,
			@Nullable Double longitude, @Nullable String url) {
	}
}
