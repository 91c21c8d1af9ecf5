package org.upright.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Keeps a few database connections open for reuse: jOOQ takes a connection per query, and a new PostgreSQL
 * connection costs a server process and a login (milliseconds each), a new SQLite one a file open and its pragmas,
 * which under load adds up to most of a page's time and can run PostgreSQL out of connections. At most {@code size} are open at once; a caller beyond that waits.
 * A connection handed back is rolled back to auto-commit; one idle for a while is checked before reuse.
 */
final class ConnectionPool implements DataSource {
    private static final long CHECK_AFTER_IDLE_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final long WAIT_SECONDS = 30;

    private record Idle(Connection connection, long since) {
    }

    private final DataSource source;
    private final Semaphore permits;
    private final ConcurrentLinkedDeque<Idle> idle = new ConcurrentLinkedDeque<>();
    private volatile boolean closed;

    ConnectionPool(DataSource source, int size) {
        this.source = source;
        this.permits = new Semaphore(size, true);
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            if (!permits.tryAcquire(WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new SQLException("no database connection came free within " + WAIT_SECONDS + " s; the server is overloaded");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a database connection", e);
        }
        try {
            return wrap(borrow());
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
    }

    private Connection borrow() throws SQLException {
        for (Idle i; (i = idle.pollFirst()) != null; ) {
            boolean fresh = System.nanoTime() - i.since() < CHECK_AFTER_IDLE_NANOS;
            if (fresh || i.connection().isValid(2)) return i.connection();
            closeQuietly(i.connection());
        }
        return source.getConnection();
    }

    /** The connection as the caller sees it: closing it hands it back. */
    private Connection wrap(Connection real) {
        InvocationHandler handler = new InvocationHandler() {
            private boolean returned;

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                if (method.getName().equals("close") && method.getParameterCount() == 0) {
                    if (!returned) {
                        returned = true;
                        giveBack(real);
                    }
                    return null;
                }
                if (method.getName().equals("isClosed") && method.getParameterCount() == 0 && returned) return true;
                if (returned) throw new SQLException("the connection was handed back to the pool");
                try {
                    return method.invoke(real, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            }
        };
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    private void giveBack(Connection real) {
        try {
            if (closed) {
                closeQuietly(real);
            } else if (!real.isClosed()) {
                if (!real.getAutoCommit()) {
                    real.rollback();
                    real.setAutoCommit(true);
                }
                idle.addFirst(new Idle(real, System.nanoTime()));
                // closed meanwhile: this one was not among the idle ones close() saw
                if (closed) close();
            }
        } catch (SQLException e) {
            closeQuietly(real);
        } finally {
            permits.release();
        }
    }

    /**
     * Closes the idle connections; those in use close when handed back, and any taken after this (a background
     * job finishing late) is opened for its one use only.
     */
    void close() {
        closed = true;
        for (Idle i; (i = idle.pollFirst()) != null; ) closeQuietly(i.connection());
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // already broken: nothing to hand back
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the pool's connections all use the URL's user");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return source.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        source.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        source.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return source.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return source.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) return iface.cast(this);
        return source.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || source.isWrapperFor(iface);
    }
}
