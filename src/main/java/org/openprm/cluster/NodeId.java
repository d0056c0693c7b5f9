package org.openprm.cluster;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * This node's name among several: {@code prm.node-id}, or {@code <host name>:<HTTP port>}, which
 * stays the same across restarts of a node and differs between nodes on one host.
 */
@Component
public class NodeId {

	private static final Logger log = LoggerFactory.getLogger(NodeId.class);

	private final Environment environment;

	private final String configured;

	NodeId(Environment environment, @Value("${prm.node-id:}") String configured) {
		this.environment = environment;
		this.configured = configured;
	}

	public String value() {
		if (!configured.isBlank()) {
			return configured.trim();
		}
		// The actual port is known once the web server runs (server.port=0 picks a random one).
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		return hostName() + ":" + port;
	}

	/** Tells operators (and the cluster tests) which node is ready: after migrations and start-up work. */
	@EventListener(ApplicationReadyEvent.class)
	void announceReady() {
		log.info("OpenPRM node {} is ready", value());
	}

	private static String hostName() {
		try {
			return InetAddress.getLocalHost().getHostName();
		}
		catch (UnknownHostException ex) {
			return "localhost";
		}
	}
}
