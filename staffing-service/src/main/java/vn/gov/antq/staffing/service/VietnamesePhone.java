package vn.gov.antq.staffing.service;

import java.util.regex.Pattern;

import vn.gov.antq.commons.problem.ProblemException;

/**
 * Vietnamese phone numbers in their national form: a mobile number has 10 digits starting 03, 05, 07, 08 or 09
 * (0912 345 678); a landline 11 digits starting 02 (area code and subscriber number since the 2017 renumbering:
 * 0251 3822 113). Callers may write spaces, dots, dashes or parentheses and +84 or 84 for the leading 0; the number is
 * stored in the plain national form.
 */
final class VietnamesePhone {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-()]");
    private static final Pattern NATIONAL = Pattern.compile("0[35789]\\d{8}|02\\d{9}");
    static final String RULE = "must be a Vietnamese phone number: a mobile number of 10 digits starting 03, 05, 07, 08 or 09 "
            + "(e.g. 0912 345 678) or a landline of 11 digits starting 02 (e.g. 0251 3822 113); +84 may replace the leading 0";

    private VietnamesePhone() {
    }

    /** The number in national form, null for none; a 400 on {@code field} for anything that is not a Vietnamese number. */
    static String normalise(String field, String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String digits = SEPARATORS.matcher(phone.strip()).replaceAll("");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            digits = "0" + digits.substring(2);
        }
        if (!NATIONAL.matcher(digits).matches()) {
            throw ProblemException.invalidField(field, RULE);
        }
        return digits;
    }
}
