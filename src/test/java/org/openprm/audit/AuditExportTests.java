package org.openprm.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;
import org.openprm.identity.CurrentActor;
import org.springframework.beans.factory.annotation.Autowired;

class AuditExportTests extends ApiTestSupport {

	@Autowired
	AuditManagement audit;

	/** The writer is the HTTP response: closing it early made every download end in a logged server error. */
	@Test
	void theExportFlushesButLeavesTheWriterToItsOwner() {
		String partner = newPartner(unique("Export Writer Co"));
		StringWriter target = new StringWriter();
		AtomicBoolean closed = new AtomicBoolean();
		FilterWriter writer = new FilterWriter(target) {

			@Override
			public void close() throws IOException {
				closed.set(true);
				super.close();
			}
		};

		CurrentActor.runAsSystem(() -> {
			audit.exportCsv(new AuditCriteria(null, null, partner, null, null, null, null), writer);
			return null;
		});

		assertThat(closed).isFalse();
		assertThat(target.toString()).startsWith("occurredAt,actor,").contains(partner + ",created,success");
	}
}
