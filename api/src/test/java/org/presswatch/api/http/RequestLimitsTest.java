package org.presswatch.api.http;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestLimitsTest {
    @Test
    void aQueryStringMustBeValidPercentEncodedUtf8() {
        assertNull(RequestLimits.queryStringProblem("q=bi%E1%BB%83n+%C4%91%C3%B4ng&limit=5"));
        assertNull(RequestLimits.queryStringProblem("q=biển"), "characters Jetty already decoded");
        assertTrue(RequestLimits.queryStringProblem("q=%C3%28").contains("not UTF-8"));
        assertTrue(RequestLimits.queryStringProblem("q=%FF").contains("not UTF-8"));
        assertTrue(RequestLimits.queryStringProblem("q=%ED%A0%80").contains("not UTF-8"), "an encoded surrogate");
        assertTrue(RequestLimits.queryStringProblem("q=%G1").contains("at character 3"));
        assertTrue(RequestLimits.queryStringProblem("q=5%").contains("at character 4"));
    }

    @Test
    void onlyJsonIsJson() {
        assertTrue(RequestLimits.isJson("application/json"));
        assertTrue(RequestLimits.isJson("Application/JSON; charset=utf-8"));
        assertTrue(RequestLimits.isJson("application/merge-patch+json"));
        assertTrue(!RequestLimits.isJson("text/json") && !RequestLimits.isJson("text/plain") && !RequestLimits.isJson(null)
                && !RequestLimits.isJson("application/jsonx") && !RequestLimits.isJson("multipart/form-data; boundary=json"));
    }
}
