package org.imagoclinic.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.imagoclinic.shared.DatabaseContention;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Losing to other changes at the same moment (a deadlock's loser, a serialisation failure) is told
 * to the API caller as "busy, try again", not as the database being out of reach, and does not
 * make the application throw away its healthy connections the way an outage does.
 */
class ContentionAnswerTests {

    final HikariDataSource pool = mock(HikariDataSource.class);
    final ApiExceptionHandler handler = handlerWith(pool);

    @Test
    void aDeadlockLoserIsAskedToTryAgainAndThePoolIsKept() {
        ResponseEntity<ProblemDetail> answer = handler.contention(new CannotAcquireLockException("deadlock detected",
                new SQLException("deadlock detected", "40P01")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(answer.getBody().getTitle()).isEqualTo("Busy with other changes");
        assertThat(answer.getBody().getDetail()).isEqualTo(DatabaseContention.MESSAGE).contains("Nothing was saved");
        verify(pool, never()).getHikariPoolMXBean();
    }

    @Test
    void aSerialisationFailureWrappedInAnotherExceptionGetsTheSameAnswerNotA500() {
        ResponseEntity<ProblemDetail> answer = handler.unexpected(new IllegalStateException("listener failed",
                new SQLException("could not serialize access", "40001")));

        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getBody().getDetail()).isEqualTo(DatabaseContention.MESSAGE);
    }

    @Test
    void anyOtherUnexpectedFailureIsStillA500ThatGivesNothingAway() {
        ResponseEntity<ProblemDetail> answer = handler.unexpected(new IllegalStateException("a bug with secrets"));

        assertThat(answer.getStatusCode().value()).isEqualTo(500);
        assertThat(answer.getBody().getDetail()).doesNotContain("secrets");
    }

    private static ApiExceptionHandler handlerWith(DataSource dataSource) {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("dataSource", dataSource);
        return new ApiExceptionHandler(beans.getBeanProvider(DataSource.class));
    }
}
