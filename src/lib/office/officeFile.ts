/** Word, Excel and PowerPoint files (macro-enabled too), and the old binary ones, which are read only to explain them. */
export const OFFICE_FILE = /\.(docx|docm|xlsx|xlsm|pptx|pptm|doc|xls|ppt)$/i;
