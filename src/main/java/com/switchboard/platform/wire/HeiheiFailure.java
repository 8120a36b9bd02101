package com.switchboard.platform.wire;

/** A business failure of the heihei family: {@code {"errorcode":<code>,"errormsg":"<text>"}} (heihei.md §0.5). */
public class HeiheiFailure extends ApiFailure {
    public HeiheiFailure(int errorcode, String errormsg) {
        super(null, Integer.toString(errorcode), errormsg);
    }

    /** 700 parameter error. */
    public static HeiheiFailure badParam(String what) {
        return new HeiheiFailure(700, "参数错误: " + what);
    }

    /** 720 token invalid or expired. */
    public static HeiheiFailure badToken() {
        return new HeiheiFailure(720, "token无效");
    }

    /** 710 user does not exist. */
    public static HeiheiFailure noUser() {
        return new HeiheiFailure(710, "用户不存在");
    }
}
