{{/*
Chart name, overridable with nameOverride.
*/}}
{{- define "uplift.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Fully qualified app name (truncated to 63 chars, the DNS label limit).
If the release name already contains the chart name it is used as is.
*/}}
{{- define "uplift.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{/*
Chart name and version, as used by the helm.sh/chart label.
*/}}
{{- define "uplift.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
Common labels.
*/}}
{{- define "uplift.labels" -}}
helm.sh/chart: {{ include "uplift.chart" . }}
{{ include "uplift.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: uplift
{{- end }}

{{/*
Selector labels (immutable on a Deployment: keep them minimal).
*/}}
{{- define "uplift.selectorLabels" -}}
app.kubernetes.io/name: {{ include "uplift.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{/*
ServiceAccount name.
*/}}
{{- define "uplift.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "uplift.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{/*
Container image reference; the tag defaults to the chart's appVersion.
*/}}
{{- define "uplift.image" -}}
{{- printf "%s:%s" .Values.image.repository (toString (default .Chart.AppVersion .Values.image.tag)) }}
{{- end }}

{{/*
Name of the Secret holding the credentials: the pre-made existingSecret, or the chart's own.
*/}}
{{- define "uplift.secretName" -}}
{{- if .Values.existingSecret }}
{{- .Values.existingSecret }}
{{- else }}
{{- include "uplift.fullname" . }}
{{- end }}
{{- end }}

{{/*
Name of the ConfigMap holding the non-secret configuration.
*/}}
{{- define "uplift.configMapName" -}}
{{- include "uplift.fullname" . }}
{{- end }}
