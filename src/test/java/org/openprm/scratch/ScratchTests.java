package org.openprm.scratch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openprm.ApiTestSupport;
import org.openprm.TestMailServer;

class ScratchTests extends ApiTestSupport {

	@Test
	void dump() throws Exception {
		StringBuilder out = new StringBuilder();
		Response docs = get("/v3/api-docs", null);
		Files.writeString(Path.of("/tmp/apidocs.json"), docs.body());
		String nw = partnerId("Northwind Systems");
		String admin = tokenFor(ADMIN);
		out.append("me bob ").append(get("/api/v1/me", tokenFor(BOB)).body()).append('\n');
		String email = "x" + UUID.randomUUID() + "@example.com";
		Response inv = post("/api/v1/partners/" + nw + "/users", admin, Map.of("email", email, "displayName", "X", "role", "PARTNER_USER"));
		out.append("invite ").append(inv.status()).append(inv.body()).append('\n');
		try {
			out.append("mail ").append(TestMailServer.awaitMailTo(email)).append('\n');
		} catch (Throwable t) { out.append("mail fail ").append(t).append('\n'); }
		String eq = "=eq" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";
		Response inv2 = post("/api/v1/partners/" + nw + "/users", admin, Map.of("email", eq, "displayName", "X", "role", "PARTNER_USER"));
		out.append("invite= ").append(inv2.status()).append(inv2.body()).append('\n');
		out.append("bob GET nw ").append(get("/api/v1/partners/" + nw, tokenFor(BOB)).body()).append('\n');
		out.append("bob PUT nw ").append(put("/api/v1/partners/" + nw, tokenFor(BOB), Map.of("name","x","type","RESELLER","country","DE")).body()).append('\n');
		out.append("create bad ").append(post("/api/v1/partners", admin, Map.of("name","","type","RESELLER","country","Germany","status","ACTIVE")).body()).append('\n');
		out.append("create bad2 ").append(post("/api/v1/partners", admin, Map.of("type","RESELLER","country","Germany", "domains", java.util.List.of("not a domain"))).body()).append('\n');
		out.append("audit cam ").append(get("/api/v1/audit", tokenFor(CAM)).body()).append('\n');
		out.append("export ").append(get("/api/v1/audit/export?action=created", admin).body().lines().limit(5).toList()).append('\n');
		Files.writeString(Path.of("/tmp/scratch.txt"), out);
	}
}
