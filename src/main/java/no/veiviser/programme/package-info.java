/**
 * A candidate's training programme: enrolment in LIS1, ALIS or SamLIS with start date, scheme and
 * position share. Assignments of veileder, approver and supervisors come here too.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training programme")
package no.veiviser.programme;
