-- Information requests: a field may ask for a file (kind FILE), attached in the browser and kept by the files
-- module; the answer's value of the field is the id of the stored file. The template keeps the kinds of file the
-- field accepts (PDF|WORD|SPREADSHEET|IMAGE) and its largest size in megabytes.
alter table survey_template_field add column file_kinds varchar(100);
alter table survey_template_field add column max_size_mb integer;
