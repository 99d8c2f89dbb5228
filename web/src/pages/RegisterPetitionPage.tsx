import { RegistrationForm } from '../features/petitions/components/RegistrationForm';

export function RegisterPetitionPage() {
  return <RegistrationForm />;
}
