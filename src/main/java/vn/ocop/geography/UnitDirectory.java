package vn.ocop.geography;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers {@link GeographyApi} from an immutable in-memory {@link UnitIndex}: units change a few times a decade,
 * while every scoped request asks {@link #isWithin}. The index is loaded on first use, rebuilt after each import
 * on this instance and, for imports made on another instance, when the periodic check sees new imports.
 */
@Service
class UnitDirectory implements GeographyApi {

	private static final Logger log = LoggerFactory.getLogger(UnitDirectory.class);

	private final AdministrativeUnits units;
	private final UnitSuccessions successions;
	private final RecordedSnapshots snapshots;
	private final TransactionTemplate readOnly;

	private volatile @Nullable UnitIndex index;
	private volatile long stamp = -1;

	private String homeProvince = "42";

	@org.springframework.beans.factory.annotation.Value("${ocop.geography.home-province:42}")
	void setHomeProvince(String homeProvince) {
		this.homeProvince = homeProvince.strip();
	}

	@Override
	public String homeProvince() {
		return homeProvince;
	}

	UnitDirectory(AdministrativeUnits units, UnitSuccessions successions, RecordedSnapshots snapshots,
			PlatformTransactionManager transactions) {
		this.units = units;
		this.successions = successions;
		this.snapshots = snapshots;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public Optional<Unit> find(String code, LocalDate on) {
		return index().find(code, on);
	}

	@Override
	public List<Unit> versionsOf(String code) {
		return index().versionsOf(code);
	}

	@Override
	public List<Unit> unitsInForce(LocalDate on, @Nullable UnitLevel level, @Nullable String parentCode) {
		return index().unitsInForce(on, level, parentCode == null || parentCode.isBlank() ? null : parentCode);
	}

	@Override
	public boolean isWithin(String code, String ancestorCode, LocalDate on) {
		return index().isWithin(code, ancestorCode, on);
	}

	@Override
	public List<Unit> lineage(String code, LocalDate on) {
		return index().lineage(code, on);
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * The bundled data has no mapping for the reform of 1 January 2025, so the seven communes dissolved then have no
	 * known successor; importing a mapping for that day fills the gap.
	 */
	@Override
	public List<Unit> successors(String code, LocalDate on, LocalDate today) {
		return index().successors(code, on, today);
	}

	/**
	 * {@inheritDoc}
	 * <p>
	 * Looks at the structure on the first day of every stored version (the only days it changes), so that units
	 * that lay inside the unit for a while in between are included (e.g. the communes of Lộc Hà, inside Thạch Hà
	 * from January to June 2025), then adds the old units that a recorded mapping merged into the unit or into a
	 * unit inside it, and the units inside those. A unit split between several new ones counts in each.
	 */
	@Override
	public Set<String> codesWithin(String unitCode) {
		return index().codesWithin(unitCode);
	}

	/** Rebuilds the index from the database; called after every import. */
	synchronized void refresh() {
		long started = System.nanoTime();
		UnitIndex fresh = readOnly.execute(tx -> UnitIndex.of(units.findAllVersions(),
				successions.findAllLines().stream()
						.map(line -> new Succession((String) line[0], (String) line[1], (LocalDate) line[2]))
						.toList()));
		this.stamp = currentStamp();
		this.index = fresh;
		log.debug("Geography index rebuilt: {} unit versions in {} ms", fresh == null ? 0 : fresh.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	/** Picks up imports made by another instance of the application. */
	@Scheduled(initialDelayString = "${ocop.geography.refresh-interval:PT5M}",
			fixedDelayString = "${ocop.geography.refresh-interval:PT5M}")
	void refreshIfChanged() {
		if (index != null && currentStamp() != stamp) {
			refresh();
		}
	}

	private long currentStamp() {
		Long value = readOnly.execute(tx -> snapshots.count() * 1_000_003L + successions.count());
		return value == null ? 0 : value;
	}

	private UnitIndex index() {
		UnitIndex current = index;
		if (current == null) {
			synchronized (this) {
				if (index == null) {
					refresh();
				}
				current = index;
			}
		}
		return current == null ? UnitIndex.EMPTY : current;
	}

	/** Another node of the cluster imported a snapshot: this node's index is rebuilt at once. */
	@org.springframework.context.event.EventListener
	void on(vn.ocop.shared.cluster.ClusterChanges changes) {
		if (changes.touches(RecordedSnapshot.class) && index != null) {
			refresh();
		}
	}
}
