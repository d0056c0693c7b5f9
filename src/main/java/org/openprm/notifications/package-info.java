/**
 * Notifications: every notice a module sends to users is kept in-app for each recipient and sent by
 * e-mail; each user reads, and marks read, only their own. Use cases: {@link org.openprm.notifications.NotificationManagement}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared :: *", "identity" })
package org.openprm.notifications;
