/**
 * The shared kernel: error codes, domain exceptions, the clock and the database bootstrap.
 * It holds no business rules and depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package no.veiviser.shared;
