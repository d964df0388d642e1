package no.veiviser.requirements;

/** Whether a requirement is met; UNDETERMINED when the engine cannot tell from the input. */
public enum Status { MET, NOT_MET, UNDETERMINED }
