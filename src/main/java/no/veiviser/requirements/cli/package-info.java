/** The command line of the requirements engine, started from the application's main method. */
@org.springframework.modulith.NamedInterface("cli")
package no.veiviser.requirements.cli;
