package org.imagoclinic.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts what the application sends to PostgreSQL through its {@link DataSource}: statements
 * executed (a batch counts once), commits and rollbacks, and statements run in auto-commit (each
 * its own transaction), with each statement's text. Installed by {@link #installer()} as a bean
 * post-processor that wraps the pool; benchmarks only.
 */
final class StatementCounter {

    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeBatch",
            "executeLargeUpdate", "executeLargeBatch");

    private final LongAdder statements = new LongAdder();
    private final LongAdder commits = new LongAdder();
    private final LongAdder rollbacks = new LongAdder();
    private final LongAdder autoCommitted = new LongAdder();
    private final Map<String, LongAdder> bySql = new ConcurrentHashMap<>();

    /** Totals at one moment. */
    record Counts(long statements, long commits, long rollbacks, long autoCommitted, Map<String, Long> bySql) {

        long transactions() {
            return commits + rollbacks + autoCommitted;
        }

        Counts minus(Counts before) {
            Map<String, Long> delta = new TreeMap<>();
            bySql.forEach((sql, n) -> {
                long d = n - before.bySql.getOrDefault(sql, 0L);
                if (d != 0) {
                    delta.put(sql, d);
                }
            });
            return new Counts(statements - before.statements, commits - before.commits, rollbacks - before.rollbacks,
                    autoCommitted - before.autoCommitted, delta);
        }
    }

    Counts counts() {
        Map<String, Long> sql = new TreeMap<>();
        bySql.forEach((text, n) -> sql.put(text, n.sum()));
        return new Counts(statements.sum(), commits.sum(), rollbacks.sum(), autoCommitted.sum(), sql);
    }

    /** Wraps the application's data source in a counting one before anyone uses it. */
    ApplicationContextInitializer<ConfigurableApplicationContext> installer() {
        return context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource pool && !(bean instanceof Counting) ? new Counting(pool) : bean;
            }
        });
    }

    private final class Counting extends DelegatingDataSource {

        Counting(DataSource pool) {
            super(pool);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return wrap(super.getConnection());
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            return wrap(super.getConnection(user, password));
        }
    }

    private Connection wrap(Connection connection) {
        return proxy(Connection.class, connection, (self, method, args) -> {
            switch (method.getName()) {
                case "equals" -> {
                    return self == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(self);
                }
                case "commit" -> commits.increment();
                case "rollback" -> {
                    if (args == null) {
                        rollbacks.increment();
                    }
                }
                default -> {
                }
            }
            Object result = invoke(connection, method, args);
            if (result instanceof Statement statement && !(result instanceof Proxy)) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                return proxy(interfaceOf(statement), statement, countingStatement(connection, statement, sql));
            }
            return result;
        });
    }

    private InvocationHandler countingStatement(Connection connection, Statement statement, String prepared) {
        return (self, method, args) -> {
            if (EXECUTES.contains(method.getName())) {
                statements.increment();
                String sql = prepared != null ? prepared
                        : args != null && args.length > 0 && args[0] instanceof String text ? text : "(batch)";
                bySql.computeIfAbsent(shorten(sql), key -> new LongAdder()).increment();
                if (connection.getAutoCommit()) {
                    autoCommitted.increment();
                }
            }
            return invoke(statement, method, args);
        };
    }

    private static String shorten(String sql) {
        String flat = sql.replaceAll("\\s+", " ").strip();
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }

    private static Class<? extends Statement> interfaceOf(Statement statement) {
        if (statement instanceof java.sql.CallableStatement) {
            return java.sql.CallableStatement.class;
        }
        return statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }
}
