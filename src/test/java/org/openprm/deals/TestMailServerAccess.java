package org.openprm.deals;

import org.openprm.TestMailServer;

/** Reads mails the application sent to a demo login, waiting for them on the server's signal. */
final class TestMailServerAccess {

	private TestMailServerAccess() {
	}

	static String mailTo(String address, String text) {
		return TestMailServer.awaitAnyMailTo(address, body -> body.contains(text));
	}
}
