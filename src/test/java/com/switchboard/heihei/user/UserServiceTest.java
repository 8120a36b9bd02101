package com.switchboard.heihei.user;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserServiceTest {
    @Test
    void namesOfLettersDigitsAndSpacesAreLegalMarkupIsNot() {
        assertTrue(UserService.NAME.matcher("abcdefghij").matches());
        assertTrue(UserService.NAME.matcher("阿黑 99").matches());
        assertTrue(UserService.NAME.matcher("Zoë-Li").matches());
        assertFalse(UserService.NAME.matcher("<script>").matches());
        assertFalse(UserService.NAME.matcher("a\u0000b").matches());
        assertFalse(UserService.NAME.matcher("line\nbreak").matches());
    }

    @Test
    void phonesAreDigitsWithAnOptionalPlus() {
        assertTrue(UserService.PHONE.matcher("13800000000").matches());
        assertTrue(UserService.PHONE.matcher("+8613800000000").matches());
        assertFalse(UserService.PHONE.matcher("138-0000").matches());
        assertFalse(UserService.PHONE.matcher("1".repeat(30)).matches());
    }
}
