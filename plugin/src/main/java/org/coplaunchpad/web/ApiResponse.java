package org.coplaunchpad.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** What an endpoint answers, before a servlet writes it: an HTTP status and a flat JSON object. */
public record ApiResponse(int status, Map<String, Object> body) {
    public ApiResponse {
        body = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(body));
    }

    public static ApiResponse ok(Map<String, Object> body) {
        return new ApiResponse(200, body);
    }

    /** An error: {"status": 400, "field": "pageId", "message": "…"}; field is omitted when no field is at fault. */
    public static ApiResponse error(int status, String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        return new ApiResponse(status, body);
    }

    public String json() {
        return Json.object(body);
    }
}
