import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import type { useForm } from '@mantine/form';

/** What getInputProps returns (@mantine/form's ESM typings do not export its types under NodeNext). */
type InputProps = ReturnType<ReturnType<typeof useForm<RelaisCardValues>>['getInputProps']>;

export interface RelaisCardValues {
  name: string;
  address: string;
  postcode: string;
  city: string;
  phone: string;
  email: string;
  website: string;
  openingHours: string;
  permanences: string;
}

export const EMPTY_CARD: RelaisCardValues = {
  name: '',
  address: '',
  postcode: '',
  city: '',
  phone: '',
  email: '',
  website: '',
  openingHours: '',
  permanences: '',
};

export function validateCard(values: RelaisCardValues): Partial<Record<keyof RelaisCardValues, string>> {
  const errors: Partial<Record<keyof RelaisCardValues, string>> = {};
  if (values.name.trim().length < 3) errors.name = 'Le nom doit compter au moins 3 caractères.';
  if (values.postcode.trim() && !/^\d{5}$/.test(values.postcode.trim()))
    errors.postcode = 'Code postal invalide (5 chiffres).';
  if (values.email.trim() && !/^\S+@\S+\.\S+$/.test(values.email.trim())) errors.email = 'Adresse e-mail invalide.';
  if (values.website.trim() && !/^https?:\/\/\S+$/.test(values.website.trim())) {
    errors.website = 'Adresse web invalide : elle commence par https://';
  }
  return errors;
}

export function cardBody(values: RelaisCardValues) {
  return {
    name: values.name.trim(),
    address: values.address.trim(),
    postcode: values.postcode.trim(),
    city: values.city.trim(),
    phone: values.phone.trim(),
    email: values.email.trim(),
    website: values.website.trim(),
    openingHours: values.openingHours.trim(),
    permanences: values.permanences.trim(),
  };
}

/** The fields of a relais's public card, shared by the card editor and the relais creation. */
export function RelaisCardFields({ form }: { form: { getInputProps(path: keyof RelaisCardValues): InputProps } }) {
  return (
    <>
      <TextInput label="Nom du relais" required {...form.getInputProps('name')} />
      <TextInput label="Adresse" autoComplete="street-address" {...form.getInputProps('address')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Code postal"
          inputMode="numeric"
          autoComplete="postal-code"
          {...form.getInputProps('postcode')}
        />
        <TextInput label="Commune" autoComplete="address-level2" {...form.getInputProps('city')} />
        <TextInput label="Téléphone" type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
        <TextInput label="Adresse e-mail" type="email" autoComplete="email" {...form.getInputProps('email')} />
      </SimpleGrid>
      <TextInput
        label="Site web"
        type="url"
        description="Adresse complète, par exemple https://www.exemple.fr"
        {...form.getInputProps('website')}
      />
      <Textarea
        label="Horaires d’accueil"
        description="Une information par ligne."
        autosize
        minRows={2}
        {...form.getInputProps('openingHours')}
      />
      <Textarea
        label="Permanences"
        description="Une permanence par ligne : jour, horaires, lieu, modalités."
        autosize
        minRows={3}
        {...form.getInputProps('permanences')}
      />
    </>
  );
}
