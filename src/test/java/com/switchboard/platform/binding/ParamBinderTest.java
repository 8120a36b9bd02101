package com.switchboard.platform.binding;

import com.switchboard.platform.wire.ApiFailure;
import com.switchboard.platform.wire.ErrorKind;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParamBinderTest {
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private final ParamBinder binder = new ParamBinder(FACTORY.getValidator());

    record Item(String acc, String phone) {
    }

    record Sample(@NotBlank String uuid, Integer page, long id, Boolean flag, JsonObject clidata, JsonValue info,
                  @NotNull @Size(max = 3) List<Item> users, String optional) {
    }

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private static JsonObject base() {
        return Json.createObjectBuilder().add("uuid", "136").add("page", 2).add("id", 7).add("flag", true)
                .add("clidata", Json.createObjectBuilder().add("os_type", "android")).add("info", 5)
                .add("users", Json.createArrayBuilder().add(Json.createObjectBuilder().add("acc", "a")))
                .build();
    }

    @Test
    void bindsNativeJsonTypes() {
        Sample s = binder.bind(base(), Sample.class);
        assertEquals("136", s.uuid());
        assertEquals(2, s.page());
        assertEquals(7L, s.id());
        assertEquals(true, s.flag());
        assertEquals("android", s.clidata().getString("os_type"));
        assertEquals(Json.createValue(5), s.info());
        assertEquals(List.of(new Item("a", null)), s.users());
        assertNull(s.optional());
    }

    @Test
    void coercesStringsFromQueryStringsAndForms() {
        JsonObject params = Json.createObjectBuilder(base()).add("uuid", 136).add("page", " 12 ").add("id", "9")
                .add("flag", "1").add("clidata", "{\"os_type\":\"ios\"}")
                .add("users", "[{\"acc\":\"b\",\"phone\":\"1\"}]").build();
        Sample s = binder.bind(params, Sample.class);
        assertEquals("136", s.uuid(), "a JSON number is accepted where a string is documented");
        assertEquals(12, s.page());
        assertEquals(9L, s.id());
        assertEquals(true, s.flag());
        assertEquals("ios", s.clidata().getString("os_type"));
        assertEquals(List.of(new Item("b", "1")), s.users());
    }

    @Test
    void rejectsWrongTypesMissingFieldsAndViolations() {
        assertInvalid(Json.createObjectBuilder(base()).add("page", "twelve").build(), "page");
        assertInvalid(Json.createObjectBuilder(base()).add("page", 1.5).build(), "page");
        assertInvalid(Json.createObjectBuilder(base()).add("id", "99999999999999999999").build(), "id");
        assertInvalid(Json.createObjectBuilder(base()).remove("id").build(), "id");
        assertInvalid(Json.createObjectBuilder(base()).add("clidata", 3).build(), "clidata");
        assertInvalid(Json.createObjectBuilder(base()).add("clidata", "{not json").build(), "clidata");
        assertInvalid(Json.createObjectBuilder(base()).add("uuid", Json.createObjectBuilder()).build(), "uuid");
        assertInvalid(Json.createObjectBuilder(base()).add("uuid", " ").build(), "uuid");
        assertInvalid(Json.createObjectBuilder(base()).add("users", Json.createArrayBuilder().add(1)).build(),
                "users[0]");
        assertInvalid(Json.createObjectBuilder(base()).add("users", Json.createArrayBuilder()
                .add(Json.createObjectBuilder()).add(Json.createObjectBuilder()).add(Json.createObjectBuilder())
                .add(Json.createObjectBuilder())).build(), "users");
        assertInvalid(Json.createObjectBuilder(base()).add("flag", "maybe").build(), "flag");
    }

    @Test
    void nullIsAbsent() {
        assertInvalid(Json.createObjectBuilder(base()).addNull("uuid").build(), "uuid");
        assertNull(binder.bind(Json.createObjectBuilder(base()).addNull("page").build(), Sample.class).page());
    }

    private void assertInvalid(JsonObject params, String field) {
        ApiFailure failure = assertThrows(ApiFailure.class, () -> binder.bind(params, Sample.class));
        assertEquals(ErrorKind.INVALID_PARAMS, failure.kind());
        assertTrue(failure.getMessage().contains(field), failure.getMessage());
    }

    record Money(@NotNull java.math.BigDecimal money, @Size(max = 8) String device_id, String free) {
    }

    @Test
    void hugeExponentsAndOverlongStringsFailBeforeAnyArithmeticOrCopy() {
        JsonObject ok = Json.createObjectBuilder().add("money", new java.math.BigDecimal("12.50")).add("device_id", "d1")
                .add("free", "x".repeat(ParamBinder.MAX_STRING)).build();
        assertEquals(new java.math.BigDecimal("12.50"), binder.bind(ok, Money.class).money());
        for (String hostile : List.of("1e10000000", "1e-10000000", "123456789012345678", "0.000000001")) {
            JsonObject o = Json.createObjectBuilder(ok).add("money", Json.createReader(
                    new java.io.StringReader(hostile)).readValue()).build();
            ApiFailure f = assertThrows(ApiFailure.class, () -> binder.bind(o, Money.class), hostile);
            assertEquals(ErrorKind.INVALID_PARAMS, f.kind());
            JsonObject asText = Json.createObjectBuilder(ok).add("money", hostile).build();
            assertThrows(ApiFailure.class, () -> binder.bind(asText, Money.class), hostile);
        }
        assertThrows(ApiFailure.class, () -> binder.bind(Json.createObjectBuilder(ok)
                .add("device_id", "d".repeat(9)).build(), Money.class));
        assertThrows(ApiFailure.class, () -> binder.bind(Json.createObjectBuilder(ok)
                .add("free", "x".repeat(ParamBinder.MAX_STRING + 1)).build(), Money.class));
    }

    @Test
    void jsonTextInAFieldIsDepthBoundedToo() {
        JsonObject deep = Json.createObjectBuilder(base()).add("clidata", "[".repeat(5000)).build();
        ApiFailure f = assertThrows(ApiFailure.class, () -> binder.bind(deep, Sample.class));
        assertEquals(ErrorKind.INVALID_PARAMS, f.kind());
    }
}
