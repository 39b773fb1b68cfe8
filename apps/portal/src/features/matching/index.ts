// What other features may show of matching: a person's mentors and mentees.
export { MyMenteesSection, MyMentorsSection } from './match-sections.tsx';
