"""Operations users ask for, built on domain + vault. No widgets."""
