package org.bearing.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The risk matrix settings form read and posted back as a browser would, for the project and program page tests. */
final class MatrixFormPages {
    private MatrixFormPages() {
    }

    /** The form's fields with the values the page shows (a select's chosen option; hidden fields left out). */
    static Map<String, String> fields(Document form) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (Element input : form.select("#matrix-form input[name], #matrix-form select[name]")) {
            if (input.tagName().equals("select")) {
                Element chosen = input.selectFirst("option[selected]"); // Jsoup's val() reads no select
                fields.put(input.attr("name"), chosen == null ? "" : chosen.attr("value"));
            } else if (!input.attr("type").equals("hidden")) {
                fields.put(input.attr("name"), input.val());
            }
        }
        return fields;
    }

    /** The page at {@code url} for a signed-in user; fails unless it answers 200. */
    static String page(MockMvc mvc, String url) throws Exception {
        MvcResult r = mvc.perform(get(url).with(user("admin"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(url).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    /** A signed-in form post of {@code fields} with the CSRF token. */
    static MockHttpServletRequestBuilder request(String url, Map<String, String> fields) {
        var request = post(url).with(user("admin")).with(csrf());
        fields.forEach(request::param);
        return request;
    }
}
