package com.switchboard.heihei.pay;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Without Alipay: the account is an e-mail address or a mainland mobile number, the name a plausible real name, the
 * ID an 18-character PRC resident ID (GB 11643) with a real birth date and a valid check character, the phone an
 * 11-digit mainland mobile.
 */
@ApplicationScoped
public class OfflineAlipayAccountVerifier implements AlipayAccountVerifier {
    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9.-]{1,63}\\.[A-Za-z]{2,24}");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·•]{2,20}|[A-Za-z][A-Za-z .'-]{1,63}");
    private static final Pattern ID = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK = "10X98765432";

    @Override
    public Optional<String> refusal(Account a) {
        if (a.alipaycode() == null || !(MOBILE.matcher(a.alipaycode()).matches()
                || EMAIL.matcher(a.alipaycode()).matches())) {
            return Optional.of("alipaycode is not an e-mail address or a mobile number");
        }
        if (a.realName() == null || !NAME.matcher(a.realName().strip()).matches()) {
            return Optional.of("username is not a real name");
        }
        if (!validId(a.idcard())) {
            return Optional.of("idcard is not a valid 18-character ID number");
        }
        if (a.phone() == null || !MOBILE.matcher(a.phone()).matches()) {
            return Optional.of("phone is not an 11-digit mobile number");
        }
        return Optional.empty();
    }

    /** GB 11643-1999: a birth date at 7..14 and the ISO 7064 MOD 11-2 check character at 18. */
    static boolean validId(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return false;
        }
        try {
            LocalDate born = LocalDate.of(Integer.parseInt(id.substring(6, 10)), Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
            if (born.getYear() < 1900 || born.isAfter(LocalDate.now())) {
                return false;
            }
        } catch (DateTimeException e) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11) == id.charAt(17);
    }
}
