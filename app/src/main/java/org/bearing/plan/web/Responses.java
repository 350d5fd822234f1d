package org.bearing.plan.web;

import java.net.URI;
import org.bearing.platform.ETags;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Builds responses that carry the resource's version as a strong ETag. */
final class Responses {
    private Responses() {
    }

    static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(ETags.of(version)).body(body);
    }

    static <T> ResponseEntity<T> created(T body, long id, long version) {
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri();
        return ResponseEntity.created(location).eTag(ETags.of(version)).body(body);
    }

    static ResponseEntity<Void> noContent() {
        return ResponseEntity.noContent().build();
    }
}
