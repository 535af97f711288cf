package itc.renewal.platformtest;

import itc.renewal.platform.problem.Rejection;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matchers for refusals, e.g. for Axon fixtures: {@code .expectException(rejection(409, "points.fiscal-year-locked"))}. */
public final class Rejections {

    private Rejections() {
    }

    /** A {@link Rejection} with the given HTTP status and business code. */
    public static Matcher<Throwable> rejection(int status, String code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof Rejection rejection && rejection.status() == status
                        && rejection.code().equals(code);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rejection " + status + " " + code);
            }

            @Override
            protected void describeMismatchSafely(Throwable thrown, Description mismatch) {
                mismatch.appendText(thrown instanceof Rejection rejection
                        ? "was " + rejection.status() + " " + rejection.code() + ": " + rejection.getMessage()
                        : "was " + thrown);
            }
        };
    }
}
