package vn.ocop.shared.cluster;

import java.net.InetAddress;
import java.util.UUID;

/** This node's name in the change feed: host, process and a random part (unique across restarts). */
final class ClusterNode {

	static final String ID = id();

	private ClusterNode() {
	}

	private static String id() {
		String host;
		try {
			host = InetAddress.getLocalHost().getHostName();
		}
		catch (Exception e) {
			host = "node";
		}
		String id = host + "-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return id.length() <= 64 ? id : id.substring(id.length() - 64);
	}
}
