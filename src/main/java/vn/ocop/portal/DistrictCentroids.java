package vn.ocop.portal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Approximate centroids of the province's district-level units, from the seed file
 * {@code portal/district-centroids.csv} (hand-placed points, a few kilometres accurate: the geography data has no
 * coordinates).
 */
@Component
public class DistrictCentroids {

	/** A point on the map. */
	public record Point(double latitude, double longitude) {
	}

	private final Map<String, Point> points = new LinkedHashMap<>();

	DistrictCentroids() {
		try (var reader = new BufferedReader(new InputStreamReader(
				new ClassPathResource("portal/district-centroids.csv").getInputStream(), StandardCharsets.UTF_8))) {
			reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("code,")).forEach(line -> {
				String[] cells = line.split(",");
				points.put(cells[0].strip(), new Point(Double.parseDouble(cells[2]), Double.parseDouble(cells[3])));
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public Optional<Point> of(String districtCode) {
		return Optional.ofNullable(points.get(districtCode));
	}
}
