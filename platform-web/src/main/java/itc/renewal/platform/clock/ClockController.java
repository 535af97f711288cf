package itc.renewal.platform.clock;

import itc.renewal.platform.problem.Rejection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

/** Lets the local stack and tests read and move the business clock (rule D2); off in production. */
@RestController
public class ClockController {

    private final BusinessClock clock;

    public ClockController(BusinessClock clock) {
        this.clock = clock;
    }

    @GetMapping("/internal/clock")
    Map<String, Object> now() {
        return Map.of("now", clock.nowInJapan().toOffsetDateTime().toString(),
                "fiscalYear", clock.fiscalYear().year());
    }

    @PutMapping("/internal/clock")
    Map<String, Object> set(@RequestBody SetClock request) {
        Instant target = request.now().toInstant();
        if (target.isBefore(clock.instant())) {
            throw Rejection.badInput("clock.backwards", "The business clock never goes back: it is "
                    + clock.nowInJapan().toOffsetDateTime() + " now.");
        }
        clock.setNow(target);
        return now();
    }

    record SetClock(OffsetDateTime now) {
    }
}
