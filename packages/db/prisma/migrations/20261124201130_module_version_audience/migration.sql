-- AlterTable
ALTER TABLE "ModuleVersion" ADD COLUMN     "audience" "Profession"[] DEFAULT ARRAY[]::"Profession"[];
