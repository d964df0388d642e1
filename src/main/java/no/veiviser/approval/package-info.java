/**
 * Goal assessment: the candidate submits a goal, the veileder and a supervisor recommend, and the
 * approver (or her deputy) approves or returns it, with the regulation's four-eyes rules enforced.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Goal approval")
package no.veiviser.approval;
