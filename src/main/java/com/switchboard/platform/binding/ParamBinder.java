package com.switchboard.platform.binding;

import com.switchboard.platform.wire.ApiFailure;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds merged request parameters (query string + form + JSON body) to a request record, coercing types the way the
 * seeds' clients send them: numbers as strings in query strings and forms, ids as numbers or strings, nested objects
 * as JSON text in form fields. Record component names are the wire names. Constraints are Bean Validation
 * annotations on the components; any violation or type mismatch is an {@code INVALID_PARAMS} failure.
 */
public final class ParamBinder {
    /**
     * No parameter string is longer (the longest are Apple receipts and JSON blobs sent as text); each record
     * component that reaches a shorter column says so with {@code @Size}.
     */
    public static final int MAX_STRING = 64 * 1024;
    static final int MAX_SCALE = 8;
    static final int MAX_INTEGER_DIGITS = 15;
    private final Validator validator;

    public ParamBinder(Validator validator) {
        this.validator = validator;
    }

    public <R extends Record> R bind(JsonObject params, Class<R> type) {
        R bound = construct(params, type, "");
        Set<ConstraintViolation<R>> violations = validator.validate(bound);
        if (!violations.isEmpty()) {
            String detail = violations.stream()
                    .map(v -> v.getPropertyPath() + " " + v.getMessage())
                    .sorted()
                    .collect(Collectors.joining("; "));
            throw ApiFailure.invalidParams(detail);
        }
        return bound;
    }

    private static <R extends Record> R construct(JsonObject params, Class<R> type, String prefix) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent c = components[i];
            types[i] = c.getType();
            jakarta.validation.constraints.Size size = c.getAnnotation(jakarta.validation.constraints.Size.class);
            int cap = size != null && c.getType() == String.class ? Math.max(size.max(), 0) : MAX_STRING;
            args[i] = coerce(params.get(c.getName()), c.getType(), c.getGenericType(), prefix + c.getName(), cap);
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ApiFailure failure) {
                throw failure;
            }
            throw ApiFailure.invalidParams(prefix + type.getSimpleName() + ": " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot construct " + type, e);
        }
    }

    static Object coerce(JsonValue value, Class<?> type, Type generic, String name) {
        return coerce(value, type, generic, name, MAX_STRING);
    }

    /** @param cap the longest string accepted; longer ones fail before anything is copied further */
    static Object coerce(JsonValue value, Class<?> type, Type generic, String name, int cap) {
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (type.isPrimitive()) {
                throw ApiFailure.invalidParams(name + " is required");
            }
            return null;
        }
        try {
            if (type == String.class) {
                String s = switch (value.getValueType()) {
                    case STRING -> ((JsonString) value).getString();
                    case NUMBER, TRUE, FALSE -> value.toString();
                    default -> throw mismatch(name, "a string");
                };
                if (s.length() > cap) {
                    throw mismatch(name, "at most " + cap + " characters");
                }
                return s;
            }
            if (type == Long.class || type == long.class) {
                return value instanceof JsonNumber n ? n.longValueExact() : Long.parseLong(text(value, name));
            }
            if (type == Integer.class || type == int.class) {
                return value instanceof JsonNumber n ? n.intValueExact() : Integer.parseInt(text(value, name));
            }
            if (type == Double.class || type == double.class) {
                return value instanceof JsonNumber n ? n.doubleValue() : Double.parseDouble(text(value, name));
            }
            if (type == BigDecimal.class) {
                return bounded(value instanceof JsonNumber n ? n.bigDecimalValue() : new BigDecimal(text(value, name)),
                        name);
            }
            if (type == Boolean.class || type == boolean.class) {
                return switch (value.getValueType()) {
                    case TRUE -> true;
                    case FALSE -> false;
                    default -> parseBoolean(text(value, name), name);
                };
            }
            if (type == JsonValue.class) {
                return value;
            }
            if (type == JsonObject.class) {
                return asStructure(value, JsonValue.ValueType.OBJECT, name).asJsonObject();
            }
            if (type == JsonArray.class) {
                return asStructure(value, JsonValue.ValueType.ARRAY, name).asJsonArray();
            }
            if (type.isRecord()) {
                return construct(asStructure(value, JsonValue.ValueType.OBJECT, name).asJsonObject(),
                        type.asSubclass(Record.class), name + ".");
            }
            if (type == List.class && generic instanceof ParameterizedType p
                    && p.getActualTypeArguments()[0] instanceof Class<?> element) {
                JsonArray array = asStructure(value, JsonValue.ValueType.ARRAY, name).asJsonArray();
                List<Object> list = new ArrayList<>(array.size());
                for (int i = 0; i < array.size(); i++) {
                    list.add(coerce(array.get(i), element, element, name + "[" + i + "]"));
                }
                return List.copyOf(list);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw mismatch(name, "a number in range");
        }
        throw new IllegalStateException("Unsupported parameter type " + type + " for " + name);
    }

    /** Money and prices: {@code 1e10000000} would cost seconds in the first {@code setScale}. */
    static BigDecimal bounded(BigDecimal d, String name) {
        if (d.scale() > MAX_SCALE || d.scale() < -MAX_SCALE || d.precision() - d.scale() > MAX_INTEGER_DIGITS) {
            throw mismatch(name, "a number in range");
        }
        return d;
    }

    private static String text(JsonValue value, String name) {
        if (value instanceof JsonString s) {
            return s.getString().trim();
        }
        throw mismatch(name, "a scalar");
    }

    private static boolean parseBoolean(String s, String name) {
        return switch (s) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw mismatch(name, "a boolean");
        };
    }

    /** Form fields and query strings carry objects and arrays as JSON text. */
    private static JsonValue asStructure(JsonValue value, JsonValue.ValueType wanted, String name) {
        JsonValue v = value;
        if (v instanceof JsonString s) {
            try {
                v = JsonText.read(s.getString());
            } catch (jakarta.json.JsonException e) {
                throw mismatch(name, wanted == JsonValue.ValueType.OBJECT ? "an object" : "an array");
            }
        }
        if (v.getValueType() != wanted) {
            throw mismatch(name, wanted == JsonValue.ValueType.OBJECT ? "an object" : "an array");
        }
        return v;
    }

    private static ApiFailure mismatch(String name, String expected) {
        return ApiFailure.invalidParams(name + " must be " + expected);
    }
}
