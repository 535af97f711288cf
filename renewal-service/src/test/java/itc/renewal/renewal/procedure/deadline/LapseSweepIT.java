package itc.renewal.renewal.procedure.deadline;

import itc.renewal.platform.clock.BusinessClock;
import itc.renewal.platform.clock.FiscalYear;
import itc.renewal.platformtest.TestInfrastructure;
import itc.renewal.renewal.procedure.RenewalTestData;
import itc.renewal.renewal.procedure.api.LapseUnappliedRenewalCommand;
import itc.renewal.renewal.qualification.api.QualificationStatus;
import itc.renewal.renewal.qualification.domain.ActiveHolders;
import itc.renewal.renewal.qualification.domain.Holder;
import itc.renewal.renewal.qualification.domain.RenewalWindowEnds;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

/**
 * The lapse of holders who never applied (C3, Q6) on real PostgreSQL with the service's migrations: when by
 * business time (D2) and the window in force (Q5), and exactly once across passes, instances and failures. The
 * registry here never marks anyone LAPSED, as the real projection may not have yet; a stand-in command handler
 * lapses each renewal id once, as the event store does.
 */
class LapseSweepIT {

    private static final Instant JUNE_1 = japan("2027-06-01T00:00:00");
    private static final LocalDate MAY_31_2027 = LocalDate.of(2027, 5, 31);

    private final BusinessClock clock = new BusinessClock(Clock.systemUTC());
    private final List<Holder> active = new ArrayList<>();
    private final Queue<LapseUnappliedRenewalCommand> sent = new ConcurrentLinkedQueue<>();
    private final Set<String> lapsedRenewals = ConcurrentHashMap.newKeySet();
    private final AtomicInteger failAfter = new AtomicInteger(Integer.MAX_VALUE);
    private RenewalWindowEnds windows = RenewalTestData.DEFAULTS::windowClosesAt;
    private JdbcTemplate jdbc;

    private static Instant japan(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
    }

    @BeforeEach
    void database() {
        DataSource dataSource = TestInfrastructure.newMigratedDatabase("renewal-service");
        jdbc = new JdbcTemplate(dataSource);
        clock.setNow(japan("2027-05-31T23:59:59"));
    }

    /** A fresh sweep: another instance of the service, or the same one after a restart. */
    private LapseSweep instance() {
        CommandGateway gateway = mock(CommandGateway.class, invocation -> {
            if (failAfter.getAndDecrement() <= 0) {
                throw new IllegalStateException("command bus down");
            }
            LapseUnappliedRenewalCommand command = invocation.getArgument(0);
            sent.add(command);
            return lapsedRenewals.add(command.fiscalYear() + "-" + command.memberId());
        });
        return new LapseSweep(registry(), year -> windows.closesAt(year), new JdbcLapseSweeps(jdbc), gateway, clock);
    }

    private ActiveHolders registry() {
        return new ActiveHolders() {
            @Override
            public Optional<FiscalYear> earliestExpiryYear() {
                return active.stream().map(Holder::expiry).min(Comparator.naturalOrder()).map(FiscalYear::containing);
            }

            @Override
            public List<Holder> expiringIn(FiscalYear year, String afterMemberId, int limit) {
                return active.stream().filter(h -> year.contains(h.expiry()) && h.memberId().compareTo(afterMemberId) > 0)
                        .sorted(Comparator.comparing(Holder::memberId)).limit(limit).toList();
            }
        };
    }

    private void holders(int count, LocalDate expiry) {
        int first = active.size() + 1;
        for (int n = first; n < first + count; n++) {
            active.add(new Holder("M%07d".formatted(n), "見本 太郎", "ミホン タロウ", "taro.mihon@example.jp",
                    "%010dC".formatted(n), RenewalTestData.payingHolder().certifiedIn(), expiry,
                    QualificationStatus.ACTIVE));
        }
    }

    private List<Integer> sweptYears() {
        return jdbc.queryForList("select fiscal_year from lapse_sweep order by fiscal_year", Integer.class);
    }

    @Test
    void c3_holderWhoNeverAppliedLapsesAtTheWindowEnd() {
        holders(2, MAY_31_2027);
        holders(1, LocalDate.of(2028, 5, 31));
        LapseSweep sweep = instance();

        assertThat(sweep.sweepDue()).isZero();
        assertThat(sweptYears()).isEmpty();
        clock.setNow(JUNE_1);

        assertThat(sweep.sweepDue()).isEqualTo(2);
        assertThat(sent).containsExactly(new LapseUnappliedRenewalCommand("M0000001", 2027, MAY_31_2027, JUNE_1),
                new LapseUnappliedRenewalCommand("M0000002", 2027, MAY_31_2027, JUNE_1));
        assertThat(sweptYears()).containsExactly(2027);
        assertThat(jdbc.queryForObject("select window_closed_at = ? from lapse_sweep", Boolean.class,
                Timestamp.from(JUNE_1))).isTrue();
    }

    @Test
    void q5_extendedWindowDelaysTheSweep() {
        Instant july1 = japan("2027-07-01T00:00:00");
        windows = year -> year.year() == 2027 ? july1 : RenewalTestData.DEFAULTS.windowClosesAt(year);
        holders(2, MAY_31_2027);
        clock.setNow(japan("2027-06-15T10:00:00"));

        assertThat(instance().sweepDue()).isZero();
        assertThat(sent).isEmpty();
        clock.setNow(july1);

        assertThat(instance().sweepDue()).isEqualTo(2);
        assertThat(sent).extracting(LapseUnappliedRenewalCommand::windowClosedAt).containsOnly(july1);
    }

    @Test
    void c3_sweepIsIdempotent() {
        holders(3, MAY_31_2027);
        clock.setNow(JUNE_1);
        assertThat(instance().sweepDue()).isEqualTo(3);

        assertThat(instance().sweepDue()).as("the year is recorded as swept").isZero();
        jdbc.update("delete from lapse_sweep");
        assertThat(instance().sweepDue()).as("a pass whose record was lost lapses nobody again").isZero();
        assertThat(sent).hasSize(6);
        assertThat(lapsedRenewals).containsExactlyInAnyOrder("2027-M0000001", "2027-M0000002", "2027-M0000003");
        assertThat(sweptYears()).containsExactly(2027);
    }

    /** The sweep runs every second: a swept year costs no settings query any more. */
    @Test
    void c3_sweptYearsAreNotReadAgainAtEveryPoll() {
        holders(1, MAY_31_2027);
        clock.setNow(JUNE_1);
        assertThat(instance().sweepDue()).isEqualTo(1);
        List<FiscalYear> read = new ArrayList<>();
        windows = year -> {
            read.add(year);
            return RenewalTestData.DEFAULTS.windowClosesAt(year);
        };

        assertThat(instance().sweepDue()).isZero();
        assertThat(read).isEmpty();
    }

    @Test
    void c3_aPassThatFailsPartWayIsFinishedAtALaterPoll() {
        holders(3, MAY_31_2027);
        clock.setNow(JUNE_1);
        failAfter.set(1);

        assertThatThrownBy(instance()::sweepDue).hasMessage("command bus down");
        assertThat(sweptYears()).isEmpty();
        failAfter.set(Integer.MAX_VALUE);

        assertThat(instance().sweepDue()).isEqualTo(2);
        assertThat(lapsedRenewals).hasSize(3);
        assertThat(sweptYears()).containsExactly(2027);
    }

    @Test
    void c3_everyHolderIsSweptWhateverTheirNumber() {
        holders(LapseSweep.BATCH * 2 + 50, MAY_31_2027);
        clock.setNow(JUNE_1);

        assertThat(instance().sweepDue()).isEqualTo(LapseSweep.BATCH * 2 + 50);
        assertThat(sent).extracting(LapseUnappliedRenewalCommand::memberId).doesNotHaveDuplicates();
    }

    /** D2: a business clock moved across several windows lapses the holders of every one of them. */
    @Test
    void c3_aClockMovedAcrossYearsMissesNoWindow() {
        holders(1, LocalDate.of(2026, 5, 31));
        holders(1, MAY_31_2027);
        holders(1, LocalDate.of(2029, 5, 31));
        clock.setNow(japan("2028-06-01T00:00:00"));

        assertThat(instance().sweepDue()).isEqualTo(2);
        assertThat(sent).extracting(LapseUnappliedRenewalCommand::fiscalYear).containsExactly(2026, 2027);
        assertThat(sweptYears()).containsExactly(2026, 2027, 2028);
    }
}
