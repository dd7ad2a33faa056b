/// Report: corpus summaries (roles, skills in demand, certifications, experience), built on Core.
