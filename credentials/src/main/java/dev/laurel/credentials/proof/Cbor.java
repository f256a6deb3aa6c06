package dev.laurel.credentials.proof;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of CBOR (RFC 8949) an {@code ecdsa-sd-2023} proof value uses, decoded strictly: unsigned integers, byte
 * strings, arrays, and maps whose keys are unsigned integers, all of definite length. Anything else — text strings,
 * negative integers, tags, floats, indefinite lengths, duplicate map keys, nesting deeper than the proof value needs,
 * bytes left over — is refused with an {@link IllegalArgumentException} that says what was found. Lengths are checked
 * against the bytes that remain before anything is allocated.
 *
 * <p>Decoded values are {@link Long}, {@code byte[]}, {@code List<Object>} and {@code Map<Long, Object>}.
 */
final class Cbor {

    private static final int MAX_DEPTH = 4;

    private final byte[] bytes;
    private int position;

    private Cbor(byte[] bytes, int offset) {
        this.bytes = bytes;
        this.position = offset;
    }

    /** The one value encoded in {@code bytes} from {@code offset} to the end. */
    static Object decode(byte[] bytes, int offset) {
        Cbor cbor = new Cbor(bytes, offset);
        Object value = cbor.value(0);
        if (cbor.position != bytes.length) {
            throw new IllegalArgumentException((bytes.length - cbor.position) + " bytes follow the CBOR value");
        }
        return value;
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("CBOR nested deeper than " + MAX_DEPTH + " levels");
        }
        int initial = next();
        int major = initial >>> 5;
        long argument = argument(initial & 0x1f);
        return switch (major) {
            case 0 -> argument;
            case 2 -> {
                int length = length(argument, 1);
                byte[] value = Arrays.copyOfRange(bytes, position, position + length);
                position += length;
                yield value;
            }
            case 4 -> {
                int count = length(argument, 1);
                List<Object> items = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    items.add(value(depth + 1));
                }
                yield items;
            }
            case 5 -> {
                int count = length(argument, 2);
                Map<Long, Object> entries = new LinkedHashMap<>();
                for (int i = 0; i < count; i++) {
                    if (!(value(depth + 1) instanceof Long key)) {
                        throw new IllegalArgumentException("a CBOR map key is not an unsigned integer");
                    }
                    if (entries.put(key, value(depth + 1)) != null) {
                        throw new IllegalArgumentException("the CBOR map key " + key + " appears twice");
                    }
                }
                yield entries;
            }
            default -> throw new IllegalArgumentException("unexpected CBOR " + MAJOR_TYPES[major]);
        };
    }

    private static final String[] MAJOR_TYPES = {
        "unsigned integer",
        "negative integer",
        "byte string",
        "text string",
        "array",
        "map",
        "tag",
        "simple value or float"
    };

    /** The argument of a head whose additional information is {@code info}: definite lengths only (RFC 8949 §3). */
    private long argument(int info) {
        if (info < 24) {
            return info;
        }
        int size =
                switch (info) {
                    case 24 -> 1;
                    case 25 -> 2;
                    case 26 -> 4;
                    case 27 -> 8;
                    default ->
                        throw new IllegalArgumentException(
                                info == 31 ? "indefinite-length CBOR is not accepted" : "malformed CBOR head");
                };
        long value = 0;
        for (int i = 0; i < size; i++) {
            value = (value << 8) | next();
        }
        if (value < 0) {
            throw new IllegalArgumentException("a CBOR integer is larger than 2^63");
        }
        return value;
    }

    /** {@code count} items of at least {@code minimumBytes} each must fit in what remains. */
    private int length(long count, int minimumBytes) {
        if (count > (bytes.length - position) / minimumBytes) {
            throw new IllegalArgumentException("a CBOR length (" + count + ") runs past the end of the value");
        }
        return (int) count;
    }

    private int next() {
        if (position >= bytes.length) {
            throw new IllegalArgumentException("the CBOR value ends too early");
        }
        return bytes[position++] & 0xff;
    }
}
