package org.ccionetwork.accounts;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.support.GenericConversionService;
import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Reads the attributes of JDBC sessions as Spring Session does (Java serialisation), but remembers the
 * security context read from each exact sequence of bytes: a signed-in member's every page read the same bytes
 * from the database and deserialised them again, a tenth of the thread page's CPU. The bytes are still read
 * from the database on every request, so a context changed or removed anywhere (another instance, a new role,
 * signing out) is seen at once: new bytes miss the memory. Each request gets its own {@link SecurityContext}
 * around the remembered authentication (signing out empties the request's context, not the remembered one);
 * the authentication and its principal are immutable once signed in.
 */
final class SessionAttributes implements Converter<byte[], Object> {

    static final int REMEMBERED = 4_096;
    private static final int LARGEST = 8 * 1024;

    private final DeserializingConverter deserializer;
    private final Map<Bytes, SecurityContext> contexts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Bytes, SecurityContext> eldest) {
            return size() > REMEMBERED;
        }
    };

    SessionAttributes(ClassLoader classLoader) {
        this.deserializer = new DeserializingConverter(classLoader);
    }

    /** The conversion service for {@code JdbcIndexedSessionRepository}: Spring Session's, with this reader. */
    static GenericConversionService conversionService(ClassLoader classLoader) {
        var service = new GenericConversionService();
        service.addConverter(Object.class, byte[].class, new SerializingConverter());
        service.addConverter(byte[].class, Object.class, new SessionAttributes(classLoader));
        return service;
    }

    @Override
    public Object convert(byte[] bytes) {
        if (bytes.length > LARGEST) {
            return deserializer.convert(bytes);
        }
        Bytes key = new Bytes(bytes, false);
        SecurityContext remembered;
        synchronized (contexts) {
            remembered = contexts.get(key);
        }
        if (remembered != null) {
            return new SecurityContextImpl(remembered.getAuthentication());
        }
        Object value = deserializer.convert(bytes);
        if (value instanceof SecurityContextImpl context && context.getAuthentication() != null) {
            synchronized (contexts) {
                contexts.put(new Bytes(bytes, true), new SecurityContextImpl(context.getAuthentication()));
            }
        }
        return value;
    }

    /** Bytes compared by content (a copy of them when remembered). */
    private static final class Bytes {

        private final byte[] bytes;
        private final int hash;

        Bytes(byte[] bytes, boolean copy) {
            this.bytes = copy ? bytes.clone() : bytes;
            this.hash = Arrays.hashCode(bytes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Bytes that && hash == that.hash && Arrays.equals(bytes, that.bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
